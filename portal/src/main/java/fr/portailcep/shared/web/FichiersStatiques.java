package fr.portailcep.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * How the static files reach a slow phone (issue 12).
 * <ul>
 * <li>The theme's files ({@code /portail/**}, from {@code META-INF/resources/portail/} of the themes module) are
 * served by Spring MVC rather than by Vaadin's servlet: a name carrying the MD5 of the content
 * ({@code portail-<md5>.css}, which {@code @{…}} in a Thymeleaf page writes through {@link ResourceUrlEncodingFilter}),
 * and the Brotli or gzip copy made at build time (themes/src/build/Compresser.java) chosen by
 * {@code Accept-Encoding}. Vaadin's pages ask for the same files with Vaadin's own content hash
 * ({@code portail/portail.css?v-c=…}, from {@code PortailShell}'s {@code @StyleSheet}): same handler.</li>
 * <li>A versioned address never changes content, so it is cached for a year ({@link #DURABLE}): the theme's files
 * with a version, any file asked with Vaadin's {@code v-c} hash (Lumo's CSS too), and the files of Vaadin's
 * pre-compiled bundle ({@code /VAADIN/build/name-<hash>.js}, whose {@code .br} copies Vaadin serves itself). A file
 * without a version is revalidated at each use ({@code no-cache}, with its Last-Modified).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FichiersStatiques {

    /** The cache of a file whose address changes with its content. */
    static final String DURABLE = "public, max-age=31536000, immutable";

    /** Spring's content version: {@code nom-<32 hex>.ext}. */
    private static final Pattern VERSION_SPRING = Pattern.compile("^/(portail|js)/.+-[0-9a-f]{32}\\.[a-z0-9]+$");
    /** The names Vite gives the bundle's files: {@code nom-<8 characters of base64url>.js}. */
    private static final Pattern VERSION_VITE = Pattern.compile("^/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)$");
    /** Vaadin's content hash on a {@code @StyleSheet}: {@code ?v-c=<8 hex>}. */
    private static final Pattern VERSION_VAADIN = Pattern.compile("(^|&)v-c=[0-9a-f]{8}(&|$)");

    @Bean
    ResourceHttpRequestHandler fichiersDuTheme() {
        return gestionnaire("META-INF/resources/portail/");
    }

    /** The small scripts of the HTML-first pages ({@code META-INF/resources/js/}, DD020): versioned the same way. */
    @Bean
    ResourceHttpRequestHandler scriptsDesPages() {
        return gestionnaire("META-INF/resources/js/");
    }

    private static ResourceHttpRequestHandler gestionnaire(String dossier) {
        var gestionnaire = new ResourceHttpRequestHandler();
        gestionnaire.setLocations(List.of(new ClassPathResource(dossier)));
        gestionnaire.setResourceResolvers(List.of(new BrotliDAbord(),
                new VersionResourceResolver().addContentVersionStrategy("/**"), new PathResourceResolver()));
        // Without a version: revalidated (304 when unchanged); with one, FichiersStatiques#cacheDurable replaces it.
        gestionnaire.setCacheControl(CacheControl.noCache());
        return gestionnaire;
    }

    /** Before Vaadin's forwarding of every other address ({@code /**}, order {@code LOWEST_PRECEDENCE - 1}). */
    @Bean
    SimpleUrlHandlerMapping adressesDuTheme(ResourceHttpRequestHandler fichiersDuTheme,
            ResourceHttpRequestHandler scriptsDesPages) {
        return new SimpleUrlHandlerMapping(Map.of("/portail/**", fichiersDuTheme, "/js/**", scriptsDesPages),
                Ordered.HIGHEST_PRECEDENCE + 100);
    }

    /** Rewrites {@code @{/portail/x.css}} of the Thymeleaf pages to {@code /portail/x-<md5>.css}. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> adressesVersionnees() {
        var enregistrement = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        enregistrement.setName("adressesVersionnees");
        enregistrement.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR);
        enregistrement.addUrlPatterns("/*");
        return enregistrement;
    }

    /**
     * A year of cache for a versioned address, set before Spring Security (which then writes no cache header of
     * its own) and kept against Vaadin's {@code max-age=3600} and Spring's {@code no-cache}; an error answer
     * (an unknown version, a missing file) is not cached.
     */
    @Bean
    FilterRegistrationBean<Filter> cacheDurable() {
        Filter filtre = (ServletRequest requete, ServletResponse reponse, FilterChain suite) -> {
            var http = (HttpServletRequest) requete;
            if (versionnee(http)) {
                var enveloppe = new CacheDurable((HttpServletResponse) reponse);
                suite.doFilter(requete, enveloppe);
            } else {
                suite.doFilter(requete, reponse);
            }
        };
        var enregistrement = new FilterRegistrationBean<>(filtre);
        enregistrement.setName("cacheDurable");
        enregistrement.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        enregistrement.setDispatcherTypes(DispatcherType.REQUEST);
        enregistrement.addUrlPatterns("/portail/*", "/js/*", "/VAADIN/build/*", "/lumo/*", "/aura/*");
        return enregistrement;
    }

    /**
     * Spring's resolver takes the first coding of the browser's list that it has, and Chromium sends
     * {@code gzip, deflate, br, zstd}: Brotli (about 15 % smaller here) is put first when the browser accepts it.
     */
    static final class BrotliDAbord extends EncodedResourceResolver {

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest requete, String chemin,
                List<? extends Resource> emplacements, ResourceResolverChain suite) {
            return super.resolveResourceInternal(requete == null ? null : new HttpServletRequestWrapper(requete) {
                @Override
                public String getHeader(String nom) {
                    var valeur = super.getHeader(nom);
                    return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(nom) ? brotliDAbord(valeur) : valeur;
                }
            }, chemin, emplacements, suite);
        }

        static String brotliDAbord(String encodages) {
            if (encodages == null) {
                return null;
            }
            var codages = new ArrayList<String>();
            for (var codage : encodages.split(",")) {
                var propre = codage.trim();
                if (propre.equals("br") || propre.startsWith("br;") && !propre.replace(" ", "").matches("br;q=0(\\.0*)?")) {
                    codages.addFirst(propre);
                } else if (!propre.isEmpty()) {
                    codages.add(propre);
                }
            }
            return String.join(", ", codages);
        }
    }

    static boolean versionnee(HttpServletRequest requete) {
        if (!"GET".equals(requete.getMethod()) && !"HEAD".equals(requete.getMethod())) {
            return false;
        }
        var chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        var parametres = requete.getQueryString();
        return VERSION_SPRING.matcher(chemin).matches() || VERSION_VITE.matcher(chemin).matches()
                || (parametres != null && VERSION_VAADIN.matcher(parametres).find());
    }

    /** The response of a versioned address: {@link #DURABLE} unless it turns out to be an error. */
    private static final class CacheDurable extends HttpServletResponseWrapper {

        private boolean erreur;

        CacheDurable(HttpServletResponse reponse) {
            super(reponse);
            reponse.setHeader("Cache-Control", DURABLE);
        }

        private static boolean deCache(String nom) {
            return "Cache-Control".equalsIgnoreCase(nom) || "Expires".equalsIgnoreCase(nom)
                    || "Pragma".equalsIgnoreCase(nom);
        }

        private void enErreur(int statut) {
            if (statut >= 400 && !erreur) {
                erreur = true;
                super.setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void setHeader(String nom, String valeur) {
            if (erreur || !deCache(nom)) {
                super.setHeader(nom, valeur);
            }
        }

        @Override
        public void addHeader(String nom, String valeur) {
            if (erreur || !deCache(nom)) {
                super.addHeader(nom, valeur);
            }
        }

        @Override
        public void setDateHeader(String nom, long date) {
            if (erreur || !deCache(nom)) {
                super.setDateHeader(nom, date);
            }
        }

        @Override
        public void addDateHeader(String nom, long date) {
            if (erreur || !deCache(nom)) {
                super.addDateHeader(nom, date);
            }
        }

        @Override
        public void setStatus(int statut) {
            enErreur(statut);
            super.setStatus(statut);
        }

        @Override
        public void sendError(int statut) throws IOException {
            enErreur(statut);
            super.sendError(statut);
        }

        @Override
        public void sendError(int statut, String message) throws IOException {
            enErreur(statut);
            super.sendError(statut, message);
        }
    }
}
