package org.sezflow.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The application's JSON and problem-JSON setup, for web slices in other packages. */
@Configuration(proxyBeanMethods = false)
@Import({JsonConfig.class, ApiExceptionHandler.class})
public class JsonConfigAccess {}
