package org.sezflow.system;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The API's JSON is strict (see spring.jackson in application.yaml); Jackson would still read a
 * number or a boolean where a text field is expected, which the application's settings cannot
 * turn off: here it is a type error that names the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer textFieldsTakeOnlyText() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
