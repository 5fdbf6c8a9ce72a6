package org.sezflow.zone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The code of a zone in the registry (null passes: "any zone"). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownZone.Validator.class)
public @interface KnownZone {

  String message() default "unknown zone code '${validatedValue}'";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Created by Spring's validator factory, so the registry is injected. */
  class Validator implements ConstraintValidator<KnownZone, String> {

    private final ZoneRegistry zones;

    Validator(ZoneRegistry zones) {
      this.zones = zones;
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
      return code == null || zones.exists(code);
    }
  }
}
