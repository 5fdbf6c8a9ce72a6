package org.sezflow.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String BASIC_AUTH = "basicAuth";

  @Bean
  OpenAPI sezFlowOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("SEZ Flow API")
            .version("v1")
            .description("Joint-venture proposals for CPEC Special Economic Zones: zones, land accounts and "
                + "proposals. Every call needs HTTP Basic credentials of a SEZ Flow (Camunda) user. "
                + "Errors are RFC 7807 problem JSON naming each offending field."))
        .components(new Components().addSecuritySchemes(BASIC_AUTH,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
  }
}
