package io.devplan.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"devplan " + (v != null ? v : "(development build)")};
    }
}
