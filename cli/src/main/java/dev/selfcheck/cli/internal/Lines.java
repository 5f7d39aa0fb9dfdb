package dev.selfcheck.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/*
 * JSON Lines are read as bytes, not characters: each line goes to the codec as the bytes it is,
 * so that a line is decoded exactly as strictly as a single document (invalid UTF-8 is the codec's
 * DOC-0001 with its column, never silently replaced), and memory is bounded by the limit, not by
 * the input. A line keeps at most limit + 1 bytes: a longer line is read on to its end without
 * being kept, and what is kept is still longer than the limit, so the codec reports it as too large
 * (DOC-0002) like a document of that size. One meaning, one place: the limit and its finding stay
 * the codec's.
 */
/** Reads lines of bytes from a stream, each kept up to a limit; {@code \n} or {@code \r\n} ends a line. */
final class Lines implements AutoCloseable {

  private final InputStream in;
  private final boolean owned;
  private final int keep;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int end;
  private byte[] line = new byte[1 << 12];
  private int length;
  private long seen;
  private long number;
  private long bytes;
  private boolean eof;

  /**
   * A reader.
   *
   * @param in the stream, read to its end
   * @param owned whether {@link #close()} closes the stream (not standard input)
   * @param maxLineBytes the longest line the codec reads ({@code Limits.maxDocumentBytes()})
   */
  Lines(InputStream in, boolean owned, long maxLineBytes) {
    this.in = in;
    this.owned = owned;
    this.keep = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes + 1);
  }

  /**
   * Reads the next line.
   *
   * @return its bytes without the line end (at most the limit + 1), or null at the end of the input
   * @throws IOException if the stream cannot be read
   */
  byte[] next() throws IOException {
    length = 0;
    seen = 0;
    boolean any = false;
    while (true) {
      if (position == end) {
        if (eof || !fill()) {
          eof = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int newline = indexOfNewline();
      int stop = newline < 0 ? end : newline;
      append(position, stop - position);
      bytes += (newline < 0 ? end : newline + 1) - position;
      position = newline < 0 ? end : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    boolean whole = seen == length; // a cut line keeps its last byte, so that it stays too long
    int n = whole && length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return Arrays.copyOf(line, n);
  }

  /**
   * Tells whether more input is there without waiting, so that a batch can flush its output
   * before it waits for input that a pipe has not delivered yet.
   *
   * @return whether bytes are buffered or available from the stream
   * @throws IOException if the stream cannot be asked
   */
  boolean ready() throws IOException {
    return position < end || (!eof && in.available() > 0);
  }

  /** @return the number of the line last read, from 1 */
  long number() {
    return number;
  }

  /** @return the bytes read so far, line ends included */
  long bytes() {
    return bytes;
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    position = 0;
    end = n;
    return true;
  }

  private int indexOfNewline() {
    for (int i = position; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int count) {
    seen += count;
    int kept = Math.min(count, keep - length);
    if (kept <= 0) {
      return;
    }
    if (length + kept > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(keep, Math.max((long) line.length * 2, length + kept)));
    }
    System.arraycopy(buffer, from, line, length, kept);
    length += kept;
  }

  /** Closes the stream if this reader owns it. */
  @Override
  public void close() throws IOException {
    if (owned) {
      in.close();
    }
  }
}
