package fr.portailcep.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * The static files on a slow phone (issue 12): versioned names cached a year, Brotli or gzip made at build time,
 * the prefetch of Vaadin's bundle from the HTML pages and the module preloads of Vaadin's page; Vaadin's pages
 * still get their style sheets; the bottom bar never hides the element that has the keyboard focus.
 */
class FichiersStatiquesIT extends PortailIT {

    private static final String DURABLE = "public, max-age=31536000, immutable";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> obtenir(String chemin, String encodages) throws Exception {
        var requete = HttpRequest.newBuilder(URI.create(url(chemin))).GET();
        if (encodages != null) {
            requete.header("Accept-Encoding", encodages);
        }
        return client.send(requete.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String accueil() throws Exception {
        return new String(obtenir("/", null).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String adresse(String html, String motif) {
        var trouve = java.util.regex.Pattern.compile(motif).matcher(html);
        assertThat(trouve.find()).as("%s dans la page", motif).isTrue();
        return trouve.group(1);
    }

    @Test
    void les_fichiers_du_theme_ont_un_nom_versionne_sont_gardes_un_an_et_compresses_selon_le_navigateur()
            throws Exception {
        var css = adresse(accueil(), "<link rel=\"stylesheet\" href=\"(/portail/portail-[0-9a-f]{32}\\.css)\">");
        adresse(accueil(), "<script src=\"(/portail/pages-[0-9a-f]{32}\\.js)\" defer>");
        var brut = obtenir("/portail/portail.css", "identity");

        var brotli = obtenir(css, "gzip, deflate, br, zstd");
        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(brotli.headers().firstValue("Cache-Control")).hasValue(DURABLE);
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
        assertThat(brotli.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(brotli.body().length).isLessThan(brut.body().length / 3);

        var gzip = obtenir(css, "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Cache-Control")).hasValue(DURABLE);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(brut.body());

        var sans = obtenir(css, "identity");
        assertThat(sans.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(sans.body()).isEqualTo(brut.body());
    }

    @Test
    void sans_version_un_fichier_est_revalide_et_une_version_inconnue_n_est_pas_gardee() throws Exception {
        var sansVersion = obtenir("/portail/portail.css", "br");
        assertThat(sansVersion.statusCode()).isEqualTo(200);
        assertThat(sansVersion.headers().firstValue("Cache-Control")).hasValue("no-cache");

        var inconnue = obtenir("/portail/portail-0123456789abcdef0123456789abcdef.css", "br");
        assertThat(inconnue.statusCode()).isEqualTo(404);
        assertThat(inconnue.headers().firstValue("Cache-Control")).hasValue("no-store");

        var script = obtenir("/js/cles-acces.js", "br");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("no-cache");

        var absente = obtenir("/VAADIN/build/absente-AbCdEf12.js", "br");
        assertThat(absente.statusCode()).isEqualTo(404);
        assertThat(absente.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void les_requetes_de_vaadin_a_la_racine_vont_a_vaadin_et_non_a_la_page_d_accueil() throws Exception {
        // Vaadin's client posts to its page's base, "/" for most views; Spring MVC's home page answered 405.
        var reponse = client.send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isNotEqualTo(405);
        assertThat(reponse.body()).doesNotContain("Method Not Allowed");
    }

    @Test
    void l_accueil_precharge_le_paquet_vaadin_garde_un_an_et_en_brotli() throws Exception {
        var html = accueil();
        var entree = adresse(html, "<link rel=\"prefetch\" href=\"(/VAADIN/build/indexhtml-[\\w-]{8}\\.js)\">");
        adresse(html, "<link rel=\"prefetch\" href=\"(/VAADIN/build/FlowClient-[\\w-]{8}\\.js)\">");
        adresse(html, "<link rel=\"prefetch\" href=\"(/VAADIN/build/generated-flow-imports-[\\w-]{8}\\.js)\">");
        var lumo = adresse(html, "<link rel=\"prefetch\" href=\"(/lumo/lumo\\.css\\?v-c=[0-9a-f]{8})\">");
        assertThat(html).doesNotContain("vaadin-chart");

        for (var chemin : List.of(entree, lumo)) {
            var reponse = obtenir(chemin, "gzip, deflate, br");
            assertThat(reponse.statusCode()).as(chemin).isEqualTo(200);
            assertThat(reponse.headers().firstValue("Cache-Control")).as(chemin).hasValue(DURABLE);
        }
        assertThat(obtenir(entree, "gzip, deflate, br").headers().firstValue("Content-Encoding")).hasValue("br");
    }

    @Test
    void la_premiere_page_vaadin_apres_connexion_trouve_dans_le_cache_ce_que_l_accueil_a_precharge() {
        var page = telephone();
        Pages.ouvrir(page, url("/"));
        @SuppressWarnings("unchecked")
        var prechargees = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('link[rel=prefetch]')].map(l => l.href)");
        assertThat(prechargees).hasSizeGreaterThan(5);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        connecterDemo(page, "thomas.petit");

        @SuppressWarnings("unchecked")
        var chargees = (List<String>) page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)");
        // What the Vaadin page needs from the bundle and Lumo was all prefetched (the list is not stale), the
        // bundle's core first of all.
        var duPaquet = chargees.stream().filter(a -> a.contains("/VAADIN/build/") || a.contains("/lumo/")).toList();
        assertThat(duPaquet).anySatisfy(a -> assertThat(a).contains("/VAADIN/build/generated-flow-imports-"))
                .anySatisfy(a -> assertThat(a).contains("/VAADIN/build/FlowClient-"));
        assertThat(prechargees).containsAll(duPaquet);
        @SuppressWarnings("unchecked")
        var modules = (List<String>) page.evaluate("() => [...document.querySelectorAll('link[rel=modulepreload]')]"
                + ".map(l => l.href)");
        assertThat(modules).isNotEmpty().allSatisfy(m -> assertThat(prechargees).contains(m));
    }

    @Test
    void une_page_vaadin_charge_toujours_ses_feuilles_de_style() {
        var page = telephone();
        Pages.ouvrir(page, url("/inscription"));
        Pages.attendreVaadin(page);

        @SuppressWarnings("unchecked")
        var feuilles = (List<String>) page.evaluate("() => [...document.querySelectorAll('link[rel=stylesheet]')]"
                + ".map(l => l.href + ' ' + (l.sheet ? l.sheet.cssRules.length : 0))");
        assertThat(feuilles).anySatisfy(f -> assertThat(f).contains("/portail/portail.css?v-c="))
                .anySatisfy(f -> assertThat(f).contains("/lumo/lumo.css?v-c="))
                .allSatisfy(f -> assertThat(f).doesNotEndWith(" 0"));
        // portail.css is applied: the portal's layout class has its grid.
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.pc-portail')).display"))
                .isNotEqualTo("block");
    }

    @Test
    void au_clavier_le_lien_du_mediateur_en_bas_de_l_accueil_n_est_pas_cache_par_la_barre_du_bas() {
        var page = petitTelephone();
        Pages.ouvrir(page, url("/"));
        tabulerJusquA(page, "footer a[href='/mediateur']");
        verifierVisibleAuDessusDeLaBarre(page, "accueil HTML");
    }

    @Test
    void au_clavier_le_lien_du_mediateur_d_une_page_vaadin_de_la_personne_n_est_pas_cache_par_la_barre() {
        var page = petitTelephone();
        connecterDemo(page, "thomas.petit");
        tabulerJusquA(page, ".pc-pied a[href='/mediateur']");
        verifierVisibleAuDessusDeLaBarre(page, "page Vaadin " + page.url());
    }

    private static void tabulerJusquA(Page page, String selecteur) {
        page.locator("body").focus();
        for (var i = 0; i < 200; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selecteur)) {
                return;
            }
        }
        throw new AssertionError("Jamais atteint au clavier : " + selecteur);
    }

    private static void verifierVisibleAuDessusDeLaBarre(Page page, String ou) {
        // The bar is sticky at the bottom of the viewport; once scrolled into view, the focused element must end
        // above its top edge, and start below the top of the viewport.
        @SuppressWarnings("unchecked")
        var mesure = (java.util.Map<String, Number>) page.evaluate("() => { const e = document.activeElement"
                + ".getBoundingClientRect(); const n = document.querySelector('.pc-nav');"
                + " const b = n ? n.getBoundingClientRect() : { top: innerHeight };"
                + " return { haut: e.top, bas: e.bottom, barre: Math.min(b.top, innerHeight) }; }");
        Pages.capturer(page, "focus-au-dessus-de-la-barre-" + ou.replaceAll("[^a-zA-Z]+", "-"));
        assertThat(mesure.get("bas").doubleValue()).as("bas du lien focalisé (%s) / haut de la barre %s", ou,
                mesure.get("barre")).isLessThanOrEqualTo(mesure.get("barre").doubleValue());
        assertThat(mesure.get("haut").doubleValue()).as("haut du lien focalisé (%s)", ou).isGreaterThanOrEqualTo(0);
    }
}
