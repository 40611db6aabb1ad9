package fr.portailcep.compte;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Passkeys are kept in PostgreSQL with Spring Security's own schema (tables user_entities, user_credentials). */
@Configuration(proxyBeanMethods = false)
class ComptePersistanceConfiguration {

    @Bean
    PublicKeyCredentialUserEntityRepository utilisateursWebAuthn(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository clesWebAuthn(JdbcOperations jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }
}
