package dev.strata.reactive;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * A reactive service as the three R2DBC services are built: WebFlux, Spring Data R2DBC on r2dbc-postgresql,
 * Actuator and Spring Security, and the Strata starter with its R2DBC driver; no JDBC driver, no DataSource.
 */
@SpringBootApplication
class ReactiveService {

    @Bean
    static EngineThreads engineThreads() {
        return new EngineThreads();
    }

    @Bean
    SecurityWebFilterChain actuator(ServerHttpSecurity http) {
        return http.authorizeExchange(exchanges -> exchanges.pathMatchers("/actuator/**").authenticated()
                .anyExchange().permitAll()).httpBasic(Customizer.withDefaults())
                .csrf(ServerHttpSecurity.CsrfSpec::disable).build();
    }

    @Bean
    MapReactiveUserDetailsService users() {
        return new MapReactiveUserDetailsService(
                User.withUsername("admin").password("{noop}admin-pw").roles("ADMIN").build(),
                User.withUsername("viewer").password("{noop}viewer-pw").roles("VIEWER").build());
    }
}
