package fr.portailcep.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Route;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SurveillanceCsp;

/**
 * The security headers of the portal's responses, read as a plain HTTP client would, and the watch that every
 * browser test keeps on the Content-Security-Policy ({@link SurveillanceCsp}), checked so that it cannot pass for
 * lack of looking.
 */
class EntetesIT extends PortailIT {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<Void> obtenir(String chemin) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(chemin))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/connexion", "/connexion/lien?jeton=2f1e0c8a-0000-4000-8000-000000000000&secret=x",
            "/demo/courriels", "/une-page-qui-n-existe-pas", "/portail/portail.css", "/actuator/health",
            "/webauthn/register/options", "/VAADIN/build/une-ressource-absente.js" })
    void chaque_reponse_porte_la_politique_et_les_entetes_de_spring_security(String chemin) throws Exception {
        var reponse = obtenir(chemin);

        var politique = reponse.headers().firstValue("Content-Security-Policy");
        assertThat(politique).as("Content-Security-Policy de %s (%d)", chemin, reponse.statusCode()).isPresent();
        assertThat(politique.get()).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "default-src 'self'");
        assertThat(politique.get()).matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'unsafe-eval'(;.*|$)");
        assertThat(reponse.headers().firstValue("X-Content-Type-Options")).as("nosniff sur %s", chemin)
                .hasValue("nosniff");
        assertThat(reponse.headers().firstValue("X-Frame-Options")).as("X-Frame-Options sur %s", chemin)
                .hasValue("DENY");
        assertThat(reponse.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void une_page_d_erreur_de_spring_porte_aussi_la_politique() throws Exception {
        // A post without its CSRF token: Spring Security refuses it and Spring Boot's error page answers.
        var reponse = client.send(HttpRequest.newBuilder(URI.create(url("/ott/generate")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(reponse.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("frame-ancestors 'none'"));
        assertThat(reponse.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void dans_la_demonstration_sur_http_le_cookie_de_session_n_est_pas_reserve_a_https() throws Exception {
        assertThat(obtenir("/connexion").headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void chaque_page_a_son_propre_nonce_porte_par_les_scripts_de_demarrage_de_vaadin() throws Exception {
        // A Vaadin page (/connexion is HTML-first since issue 12).
        var requete = HttpRequest.newBuilder(URI.create(url("/inscription"))).GET().build();
        var premiere = client.send(requete, HttpResponse.BodyHandlers.ofString());
        var seconde = client.send(requete, HttpResponse.BodyHandlers.ofString());

        var nonce = premiere.headers().firstValue("Content-Security-Policy").orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(seconde.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain(nonce);
        assertThat(premiere.body()).contains("<script initial=\"\" nonce=\"" + nonce + "\">")
                .doesNotContainPattern("<script(?![^>]*nonce=\"" + java.util.regex.Pattern.quote(nonce) + "\")[^>]*>");
    }

    @Test
    void la_surveillance_des_navigateurs_voit_un_script_en_ligne_refuse() {
        var page = telephone();
        Pages.ouvrir(page, url("/"));
        assertThat(SurveillanceCsp.violations(page)).isEmpty();

        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.injecte = 1';"
                + " document.head.appendChild(s); }");
        page.waitForCondition(() -> SurveillanceCsp.violations(page).size() >= 2);

        assertThat(page.evaluate("() => window.injecte === undefined")).isEqualTo(true);
        assertThat(SurveillanceCsp.violations(page))
                .anySatisfy(v -> assertThat(v).startsWith("console : ").contains("inline script violates"))
                .anySatisfy(v -> assertThat(v).startsWith("événement securitypolicyviolation : script-src"));
        assertThatThrownBy(() -> SurveillanceCsp.verifier(page)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("violation");
        assertThat(SurveillanceCsp.violations(page)).as("oubliées après l’échec").isEmpty();
    }

    @Test
    void la_surveillance_des_navigateurs_voit_un_document_sans_politique() {
        var page = telephone();
        page.route("**/sans-politique", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html").setBody("<!doctype html><title>Sans politique</title><p>Rien</p>")));
        page.navigate(url("/sans-politique"));

        assertThat(SurveillanceCsp.documentsSansPolitique(page)).containsExactly("200 " + url("/sans-politique"));
        assertThatThrownBy(() -> SurveillanceCsp.verifier(page)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("sans en-tête Content-Security-Policy");
    }
}
