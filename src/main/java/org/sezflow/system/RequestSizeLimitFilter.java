package org.sezflow.system;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies to the application's API over {@code sezflow.api.max-request-bytes}
 * (64 KiB by default) with 413: at once when the Content-Length says so, or when a streamed body
 * passes the limit while it is read.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ObjectMapper objectMapper;

  RequestSizeLimitFilter(long maxBytes, ObjectMapper objectMapper) {
    this.maxBytes = maxBytes;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      BodyTooLargeException tooLarge = new BodyTooLargeException(maxBytes);
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      objectMapper.writeValue(response.getOutputStream(), tooLarge.getBody());
      return;
    }
    chain.doFilter(new LimitedRequest(request, maxBytes), response);
  }

  static class BodyTooLargeException extends ProblemException {
    BodyTooLargeException(long maxBytes) {
      super(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
          "The request body is larger than " + maxBytes + " bytes",
          List.of(new FieldProblem("body", "must not be larger than " + maxBytes + " bytes")));
    }
  }

  private static class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
          int n = in.read(buffer, off, len);
          if (n > 0 && (read += n) > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
        @Value("${sezflow.api.max-request-bytes:65536}") long maxBytes, ObjectMapper objectMapper) {
      FilterRegistrationBean<RequestSizeLimitFilter> registration =
          new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes, objectMapper));
      registration.addUrlPatterns("/api/*");
      // After Spring Security (order -100): a stranger gets 401 before anything about the body.
      registration.setOrder(0);
      return registration;
    }
  }
}
