package org.sezflow.system;

import java.time.LocalDate;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The API's JSON is strict (see spring.jackson in application.yaml); what the application's
 * settings cannot say is said here: a number or a boolean where a text field is expected is a type
 * error that names the field; a key given twice in one object is an error naming it (Jackson would
 * keep one of the two silently, or fail on a record's constructor); a date is a date, not a time
 * whose hour Jackson would drop ("2026-12-07T10:00:00Z" for a session's date).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer oneValuePerKeyAndDatesAsDates() {
    return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .postConfigurer(mapper -> mapper.configOverride(LocalDate.class)
            .setFormat(JsonFormat.Value.forLeniency(false)));
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer textFieldsTakeOnlyText() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
