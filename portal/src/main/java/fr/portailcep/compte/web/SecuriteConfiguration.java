package fr.portailcep.compte.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.OrigineCourante;
import fr.portailcep.compte.SessionsOuvertes;

/**
 * How people sign in: a passkey (WebAuthn), or a code or link received by email which issues a one-time ticket
 * consumed by Spring Security's one-time-token login. There is no password and no form login.
 * <p>
 * Order matters (see ../shared/STACK.md): our own request rules come before Vaadin's configurer, and the WebAuthn
 * filters must see Vaadin's security-context strategy.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecuriteConfiguration {

    /**
     * A Vaadin view refused to someone not signed in sends them to the sign-in page, an HTML page (DD020) loaded
     * in full, after Vaadin has kept the address asked for ({@link RedirectionApresConnexion} leads back there).
     */
    @Bean
    static NavigationAccessControlConfigurer controleNavigation() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withLoginView(ConnexionPage.CHEMIN);
    }

    /**
     * The passkey ceremonies. The person must be verified by their device (fingerprint, face, PIN: UV flag), at
     * creation and at sign-in: webauthn4j refuses an answer without it. Adding a passkey needs a recent
     * authentication and is recorded by the server ({@link ClesAccesSousControle}).
     */
    @Bean
    WebAuthnRelyingPartyOperations partieConfianteWebAuthn(PublicKeyCredentialUserEntityRepository utilisateurs,
            UserCredentialRepository cles, OriginesWebAuthn origines,
            @Value("${portail.webauthn.rp-id:localhost}") String rpId,
            @Value("${portail.webauthn.rp-nom:Portail CEP}") String rpNom, SessionsOuvertes sessions,
            ClesAcces clesAcces, OrigineCourante origine, TransactionTemplate transaction) {
        var operations = new Webauthn4JRelyingPartyOperations(utilisateurs, cles,
                PublicKeyCredentialRpEntity.builder().id(rpId).name(rpNom).build(), origines.valeurs());
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return new ClesAccesSousControle(operations, sessions, clesAcces, origine, transaction);
    }

    @Bean
    HttpSessionEventPublisher evenementsSession() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain chaineSecurite(HttpSecurity http, SecurityContextHolderStrategy strategieVaadin,
            org.springframework.security.authentication.ott.OneTimeTokenService tickets, RedirectionApresConnexion redirection, SessionsOuvertes sessions)
            throws Exception {
        // Trap 1 of STACK.md: the WebAuthn filters capture the global strategy when they are built.
        SecurityContextHolder.setContextHolderStrategy(strategieVaadin);

        http.authorizeHttpRequests(regles -> regles
                .requestMatchers("/portail/**", "/js/**", "/actuator/health/**").permitAll()
                // Passkeys are removed on the account page (ClesAcces: journal, last key of staff), not by
                // Spring's DELETE endpoint.
                .requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").denyAll()
                .requestMatchers("/webauthn/register/**").authenticated());

        http.oneTimeTokenLogin(ott -> ott
                .tokenService(tickets)
                .loginPage("/connexion")
                // Set after loginPage(), which would otherwise make /connexion the processing URL.
                .loginProcessingUrl("/login/ott")
                .showDefaultSubmitPage(false)
                // Tickets come only from an accepted code or link, never from a user name posted here.
                .generateRequestResolver(requete -> null)
                .tokenGenerationSuccessHandler((requete, reponse, jeton) -> reponse.sendError(404))
                .successHandler(redirection)
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/connexion?erreur=ticket")));

        http.webAuthn(webauthn -> webauthn
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filtre) {
                        // Spring does not give this filter the session strategy: without it a passkey sign-in
                        // would keep the session id (fixation) and not register the session.
                        var strategie = http.getSharedObject(SessionAuthenticationStrategy.class);
                        if (strategie != null) {
                            filtre.setSessionAuthenticationStrategy(strategie);
                        }
                        return filtre;
                    }
                }));

        // Every request checks its session in the registry: closed from elsewhere, idle for too long (Vaadin's
        // heartbeat does not count) or open for too long, it is signed out and the sign-in page says why.
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(new RegistreSessionsWeb(sessions))
                .expiredSessionStrategy(new FinDeSessionVersConnexion()));

        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion")));

        http.headers(entetes -> entetes
                .referrerPolicy(politique -> politique.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(politique -> politique.policy("camera=(), microphone=(), geolocation=()")));

        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .logoutSuccessHandler(new DeconnexionVersConnexion())
                // Other paths reach Vaadin, which answers "page introuvable" (404) rather than a sign-in redirect;
                // every view still checks its own access annotations.
                .anyRequest(regle -> regle.permitAll()));
        return http.build();
    }
}
