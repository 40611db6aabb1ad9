package fr.portailcep.compte;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
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
        return new LibellesPropres(new JdbcUserCredentialRepository(jdbc));
    }

    /**
     * The name of a passkey comes from the browser, through Spring's registration endpoint: what cannot be stored
     * is removed and the name is cut at {@link ClesAcces#LONGUEUR_LIBELLE} (the form already refuses it).
     */
    private record LibellesPropres(UserCredentialRepository cles) implements UserCredentialRepository {

        @Override
        public void save(CredentialRecord cle) {
            var libelle = ClesAcces.libelleNettoye(cle.getLabel());
            cles.save(libelle.equals(cle.getLabel()) ? cle
                    : ImmutableCredentialRecord.fromCredentialRecord(cle).label(libelle).build());
        }

        @Override
        public void delete(Bytes id) {
            cles.delete(id);
        }

        @Override
        public CredentialRecord findByCredentialId(Bytes id) {
            return cles.findByCredentialId(id);
        }

        @Override
        public List<CredentialRecord> findByUserId(Bytes id) {
            return cles.findByUserId(id);
        }
    }
}
