package fr.portailcep.shared.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The Content-Security-Policy of every response, with a nonce of its own for the inline scripts of Vaadin's
 * bootstrap page (the initial state of the page is inlined there, so no fixed hash can match it).
 * <p>
 * What Vaadin 25 needs, found in Chromium (see {@link #politique(String)}): {@code 'unsafe-eval'} stays, because
 * Flow's client turns every {@code executeJs} and every event-data expression sent by the server into a function
 * with {@code new Function(…)} (vaadin/flow#10759 is still open); everything else is {@code 'self'}.
 * <p>
 * Spring Security's own headers (nosniff, Referrer-Policy, Permissions-Policy, Cache-Control, X-Frame-Options,
 * HSTS on https) are written at the start of the request: Vaadin's pages are served through a servlet forward,
 * which commits the response before Spring Security's default "on commit" writing, and dropped them.
 */
@Configuration(proxyBeanMethods = false)
class EntetesSecurite {

    /** The request attribute that carries the nonce from the filter to Vaadin's bootstrap page. */
    static final String ATTRIBUT_NONCE = EntetesSecurite.class.getName() + ".nonce";

    private static final SecureRandom ALEA = new SecureRandom();

    /**
     * The policy for one response. Each directive, and why:
     * <ul>
     * <li>scripts: the portal's own files, the bootstrap page's inline scripts by nonce, and {@code 'unsafe-eval'}
     * for Flow's client (above). No {@code 'unsafe-inline'}: an injected {@code <script>} or {@code onclick} does
     * not run.</li>
     * <li>styles: {@code 'unsafe-inline'}, because Vaadin's pre-compiled bundle (its connection indicator, Lumo's
     * style properties, Lit) adds {@code <style>} elements and style attributes without a nonce, and a nonce
     * would make browsers ignore {@code 'unsafe-inline'}. A style cannot run a script, and what it could load is
     * bounded by {@code img-src} and {@code font-src}.</li>
     * <li>images: own files, {@code data:} (icons in Vaadin's styles) and {@code blob:} (a picture being sent).</li>
     * <li>{@code connect-src 'self'}: Vaadin's requests and heartbeat, the passkey ceremonies.</li>
     * <li>nothing embeds the portal ({@code frame-ancestors 'none'}), no plug-in, no {@code <base>} pointing or
     * form posting elsewhere.</li>
     * </ul>
     */
    static String politique(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    static String nouveauNonce() {
        var octets = new byte[18];
        ALEA.nextBytes(octets);
        return Base64.getEncoder().encodeToString(octets);
    }

    /** Sets the policy on every response, before anything else answers (errors and redirects included). */
    @Bean
    FilterRegistrationBean<Filter> politiqueDeSecuriteDuContenu() {
        Filter filtre = (ServletRequest requete, ServletResponse reponse, FilterChain suite) -> {
            var nonce = (String) requete.getAttribute(ATTRIBUT_NONCE);
            if (nonce == null) {
                nonce = nouveauNonce();
                requete.setAttribute(ATTRIBUT_NONCE, nonce);
            }
            ((HttpServletResponse) reponse).setHeader("Content-Security-Policy", politique(nonce));
            suite.doFilter(requete, reponse);
        };
        var enregistrement = new FilterRegistrationBean<>(filtre);
        enregistrement.setName("politiqueDeSecuriteDuContenu");
        enregistrement.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        enregistrement.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR,
                DispatcherType.ASYNC);
        enregistrement.addUrlPatterns("/*");
        return enregistrement;
    }

    /** The bootstrap page's inline scripts carry the nonce of the response's policy. */
    @Bean
    VaadinServiceInitListener nonceDeLaPageDeDemarrage() {
        return evenement -> evenement.addIndexHtmlRequestListener(reponse -> {
            if (reponse.getVaadinRequest().getAttribute(ATTRIBUT_NONCE) instanceof String nonce) {
                reponse.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }

    /**
     * Spring Security writes its headers when the response is committed; a servlet forward (how Spring hands a
     * page to Vaadin) commits it behind Spring Security's back, and the headers were lost. Written first instead.
     */
    @Bean
    static BeanPostProcessor entetesDeSpringSecuriteEcritesDAbord() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                if (bean instanceof SecurityFilterChain chaine) {
                    for (var filtre : chaine.getFilters()) {
                        if (filtre instanceof HeaderWriterFilter ecrivain) {
                            ecrivain.setShouldWriteHeadersEagerly(true);
                        }
                    }
                }
                return bean;
            }
        };
    }
}
