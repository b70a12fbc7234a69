package io.devplan.render;

import io.devplan.render.doc.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for devplan's own messages (standard error): whatever they quote of a plan or of the
 * command line reaches the terminal made safe by {@link SafeText}, whoever wrote the message.
 */
public final class SafeWriter extends FilterWriter {
    public SafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        String safe = SafeText.clean(s.substring(off, off + len));
        out.write(safe, 0, safe.length());
    }
}
