package io.devplan.cli;

import io.devplan.store.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The project version, recorded in a resource at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"devplan " + BuildInfo.version()};
    }
}
