package org.sezflow.system;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;

/**
 * A request's fingerprint for idempotent submissions: the SHA-256 of its canonical JSON (sorted
 * keys, numbers without trailing zeros), so that a repeated request is told from a different one
 * under the same Idempotency-Key.
 */
public final class RequestFingerprint {

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      // 3 and 3.0 are the same number; the scientific form is cheap however extreme the input.
      .addModule(new SimpleModule().addSerializer(BigDecimal.class,
          new ToStringSerializerBase(BigDecimal.class) {
            @Override
            public String valueToString(Object value) {
              return ((BigDecimal) value).stripTrailingZeros().toString();
            }
          }))
      .build();

  private RequestFingerprint() {}

  public static String of(Object request) {
    try {
      byte[] canonical = CANONICAL.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash the request", e);
    }
  }
}
