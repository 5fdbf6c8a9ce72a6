package org.sezflow;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SezFlowApplication {

  public static void main(String[] args) {
    // Every node stores and compares timestamps in UTC, whatever the host's zone.
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    SpringApplication.run(SezFlowApplication.class, args);
  }
}
