package fr.portailcep;

import static fr.portailcep.test.ControlesPdf.texte;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.portailcep.livrable.EtatDesLieux;
import fr.portailcep.livrable.ProjetProfessionnel;
import fr.portailcep.livrable.SouhaitDeClore;
import fr.portailcep.shared.RenduPdf;
import fr.portailcep.shared.TextesDeTest;
import fr.portailcep.signature.CodeQr;
import fr.portailcep.signature.CopiePapierPdf;
import fr.portailcep.signature.DocumentASigner;
import fr.portailcep.signature.FormatPreuves;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.PageSignatures;
import fr.portailcep.signature.RoleSignataire;

/**
 * The médiateur de France compétences on every page of every PDF the portal hands to a person (CCTP §3.7). The
 * documents are found, not listed: every template under {@code templates/} except the courriels' and the fragments
 * (a file that declares {@code th:fragment}: layouts, footers, parts) is a document rendered by {@link RenduPdf}.
 * Each one needs a sample model here (the test fails without it, so a template added tomorrow is checked the day it
 * comes); each sample is rendered as a PDF, long enough to run over several pages, and the text PDFBox extracts from
 * EACH page must carry the médiateur's footer as the bundles write it. The paper copy given to a signer
 * ({@link CopiePapierPdf}) keeps it on every page too. The PDFs are kept under {@code target/mediateur/}.
 */
class MediateurSurChaquePdfTest {

    private static final Path SORTIE = Path.of("target", "mediateur");

    private static final LocalDate JOUR = LocalDate.of(2026, 3, 2);

    /** Long enough for a document to run over several pages: the footer must repeat, not close the last one. */
    private static final List<String> LONGUE_LISTE = IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "Point n° " + i + " : le compte personnel de formation, la validation des acquis de "
                    + "l’expérience et le projet de transition professionnelle ont été présentés.")
            .toList();

    private static final EtatDesLieux ETAT_DES_LIEUX = new EtatDesLieux("CEP-2026-000042", "Inès Martin",
            "Paul Durand", JOUR, LONGUE_LISTE.subList(0, 6), LONGUE_LISTE, EtatDesLieux.Decision.POURSUIVRE,
            List.of(new EtatDesLieux.Etape("Deuxième entretien", JOUR.plusDays(21))));

    private static final ProjetProfessionnel PROJET = new ProjetProfessionnel("CEP-2026-000043", "Inès Martin",
            "Paul Durand", JOUR, LONGUE_LISTE.subList(0, 8), LONGUE_LISTE.subList(0, 10), List.of("Logiciels"),
            LONGUE_LISTE,
            List.of(new ProjetProfessionnel.ActionPrevue("Formation de secrétaire médicale", JOUR.plusMonths(6),
                    "Compte personnel de formation")),
            List.of(new ProjetProfessionnel.ServiceVoulu("Bilan de compétences", List.of("Centre Alpha (Lyon)"),
                    "Centre Alpha (Lyon)")),
            true);

    private static final SouhaitDeClore SOUHAIT = new SouhaitDeClore("CEP-2026-000044", "Inès Martin", "Paul Durand",
            JOUR, LONGUE_LISTE.subList(0, 12), LONGUE_LISTE);

    /**
     * The sample models of every document template, each as the cases to render (a livrable alone, and sealed with
     * its signature page). A new template of a PDF adds its line here.
     */
    private static final Map<String, List<Supplier<Map<String, Object>>>> EXEMPLES = Map.of(
            EtatDesLieux.GABARIT, livrable(ETAT_DES_LIEUX),
            ProjetProfessionnel.GABARIT, livrable(PROJET),
            SouhaitDeClore.GABARIT, livrable(SOUHAIT),
            // The answer to a réclamation; its model (LettreReclamation.Contenu) is internal to its module: the same
            // properties, as a map.
            "reclamations/lettre.html", List.of(() -> Map.of("pdf", true, "lettre", lettre(LONGUE_LISTE)),
                    () -> Map.of("pdf", true, "lettre", lettre(LONGUE_LISTE.subList(0, 30)))));

    private static Map<String, Object> lettre(List<String> reponse) {
        var lettre = new HashMap<String, Object>();
        lettre.put("numero", "R-2026-000123");
        lettre.put("personne", "Inès Martin");
        lettre.put("numeroDossier", "CEP-2026-000042");
        lettre.put("recueLe", JOUR);
        lettre.put("motif", "Accueil et délais");
        lettre.put("reponduLe", JOUR.plusDays(20));
        lettre.put("reponse", reponse);
        lettre.put("auteur", "Nadia Benali, correspondante médiation");
        return lettre;
    }

    private static final RenduPdf RENDU = new RenduPdf(TextesDeTest.gabarits());

    private static List<Supplier<Map<String, Object>>> livrable(Object contenu) {
        return List.of(() -> Map.of("livrable", contenu, "pdf", true), () -> {
            var lien = "https://portail.exemple.fr/verifier/0123456789abcdef";
            var modele = new HashMap<String, Object>();
            modele.put("livrable", contenu);
            modele.put("pdf", true);
            modele.put("signatures", new PageSignatures(List.of(new PageSignatures.Ligne("Inès Martin",
                    RoleSignataire.BENEFICIAIRE, Instant.parse("2026-03-02T10:00:00Z"), MethodeSignature.CLE_ACCES,
                    12)), "0123 4567 89ab cdef", lien, CodeQr.png(lien, 240)));
            modele.put("qrCode", "data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(CodeQr.png(lien, 240)));
            modele.put("fuseau", java.time.ZoneId.of("Europe/Paris"));
            return modele;
        });
    }

    /** The médiateur's footer as the bundles write it (the same facts as every courriel's footer). */
    static List<String> mentionDuMediateur() {
        var textes = TextesDeTest.textes();
        return List.of(normaliser(textes.get("courriel.mediateur.titre")),
                normaliser(textes.get("courriel.mediateur.texte")));
    }

    private static String normaliser(String texte) {
        return texte.replaceAll("\\s+", " ").trim();
    }

    /** Every template of a document: under templates/, not a courriel's, not a fragment. */
    static TreeSet<String> gabaritsDeDocuments() throws IOException {
        var noms = new TreeSet<String>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            var chemin = r.getURL().toString();
            var nom = chemin.substring(chemin.lastIndexOf("/templates/") + "/templates/".length());
            if (nom.startsWith("courriels/")) {
                continue;
            }
            var source = r.getContentAsString(StandardCharsets.UTF_8);
            if (!source.contains("th:fragment")) {
                noms.add(nom);
            }
        }
        return noms;
    }

    @Test
    void chaque_gabarit_de_document_a_son_exemple() throws IOException {
        assertThat(gabaritsDeDocuments()).as("les gabarits de documents trouvés sous templates/")
                .contains(EtatDesLieux.GABARIT, ProjetProfessionnel.GABARIT, SouhaitDeClore.GABARIT);
        assertThat(new TreeSet<>(EXEMPLES.keySet()))
                .as("chaque gabarit de PDF a son exemple dans MediateurSurChaquePdfTest.EXEMPLES (et réciproquement)")
                .isEqualTo(gabaritsDeDocuments());
    }

    @Test
    void chaque_page_de_chaque_pdf_porte_le_mediateur_de_france_competences() throws IOException {
        Files.createDirectories(SORTIE);
        var manques = new ArrayList<String>();
        var pagesVues = new LinkedHashMap<String, Integer>();
        for (var gabarit : gabaritsDeDocuments()) {
            var cas = EXEMPLES.get(gabarit);
            for (var i = 0; i < cas.size(); i++) {
                var nom = gabarit.replace('/', '-').replace(".html", "") + "-" + (i + 1);
                var pdf = RENDU.pdf(gabarit, cas.get(i).get());
                Files.write(SORTIE.resolve(nom + ".pdf"), pdf);
                pagesVues.put(nom, verifierChaquePage(nom, pdf, manques));
            }
        }
        assertThat(manques).as("pages sans la mention du médiateur").isEmpty();
        assertThat(pagesVues).as("chaque exemple tient sur plusieurs pages (le pied se répète)")
                .allSatisfy((nom, pages) -> assertThat(pages).as(nom).isGreaterThan(1));
    }

    @Test
    void la_copie_papier_remise_au_signataire_garde_le_mediateur_sur_chaque_page() throws IOException {
        Files.createDirectories(SORTIE);
        var original = RENDU.pdf(EtatDesLieux.GABARIT, Map.of("livrable", ETAT_DES_LIEUX, "pdf", true));
        var document = new DocumentASigner("LIVRABLE", UUID.randomUUID(), "ETAT_DES_LIEUX", "État des lieux partagé",
                1, original, FormatPreuves.sha256Hex(original), UUID.randomUUID(), List.of());
        var copie = new CopiePapierPdf(TextesDeTest.textes()).imprimer(document,
                "https://portail.exemple.fr/verifier/0123456789abcdef");
        Files.write(SORTIE.resolve("copie-papier.pdf"), copie);
        var manques = new ArrayList<String>();
        assertThat(verifierChaquePage("copie-papier", copie, manques)).isGreaterThan(1);
        assertThat(manques).as("pages de la copie papier sans la mention du médiateur").isEmpty();
    }

    /** Checks each page's text, adds what is missing to {@code manques}; returns the number of pages. */
    static int verifierChaquePage(String nom, byte[] pdf, List<String> manques) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page = 1; page <= document.getNumberOfPages(); page++) {
                var texte = texte(document, page);
                for (var attendu : mentionDuMediateur()) {
                    if (!texte.contains(attendu)) {
                        manques.add(nom + ", page " + page + "/" + document.getNumberOfPages() + " : « " + attendu
                                + " » manque dans « " + texte + " »");
                    }
                }
            }
            return document.getNumberOfPages();
        }
    }
}
