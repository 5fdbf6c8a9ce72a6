package org.sezflow.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** The request wrappers {@link RequestChecks} serves a checked or size-limited body through. */
final class RequestBodies {

  private RequestBodies() {}

  /** A request whose body was read to check it, served again from memory. */
  static class BufferedRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new Stream(new ByteArrayInputStream(body), null, Long.MAX_VALUE);
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }

  /** A request whose body (sent without a Content-Length) may not grow beyond the limit. */
  static class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      return new Stream(super.getInputStream(), super.getInputStream(), limit);
    }
  }

  private static class Stream extends ServletInputStream {
    private final InputStream in;
    private final ServletInputStream servlet;
    private final long limit;
    private long read;

    Stream(InputStream in, ServletInputStream servlet, long limit) {
      this.in = in;
      this.servlet = servlet;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && ++read > limit) {
        throw new BodyTooLargeException(limit);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = in.read(buffer, off, len);
      if (n > 0 && (read += n) > limit) {
        throw new BodyTooLargeException(limit);
      }
      return n;
    }

    @Override
    public boolean isFinished() {
      try {
        return servlet != null ? servlet.isFinished() : in.available() == 0;
      } catch (IOException e) {
        return true;
      }
    }

    @Override
    public boolean isReady() {
      return servlet == null || servlet.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      if (servlet != null) {
        servlet.setReadListener(listener);
      } else {
        throw new IllegalStateException("Not an asynchronous body");
      }
    }
  }

  /** A body streamed without a Content-Length went past the limit while it was read. */
  static class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
      super("The request body is larger than " + limit + " bytes");
    }
  }
}
