package fr.portailcep.livrable;

import fr.portailcep.signature.CleDeCachet;
import fr.portailcep.signature.CodeQr;
import fr.portailcep.signature.FormatPreuves;
import fr.portailcep.signature.RapportVerification;
import fr.portailcep.signature.Verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPairGenerator;
import java.util.Date;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import com.sun.net.httpserver.HttpServer;

/**
 * The seal of a livrable signed by two passkeys: the signature page, the two PDF/A-3 attachments, PAdES-B-B with
 * ESS signing-certificate-v2 and no CMS signing-time; veraPDF PDF/A-3a and PDF/UA-1 still pass, poppler's pdfsig
 * says valid and covering the whole file; with a (test) time-stamping authority, PAdES-B-T.
 */
class ScellementTest {

    private static OutilsDeTest.Scelle scelle;

    @BeforeAll
    static void sceller() throws Exception {
        scelle = OutilsDeTest.sceller(OutilsDeTest.scellement());
        OutilsDeTest.garder("etat-des-lieux-scelle.pdf", scelle.scelle());
        OutilsDeTest.garder("etat-des-lieux-original.pdf", scelle.original());
        try (var document = Loader.loadPDF(scelle.scelle())) {
            var dernier = document.getNumberOfPages() - 1;
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(dernier, 110), "png",
                    OutilsDeTest.SORTIE.resolve("etat-des-lieux-scelle-signatures.png").toFile());
        }
    }

    @Test
    void le_pdf_scelle_reste_pdf_a_3a() throws Exception {
        assertThat(OutilsDeTest.reglesEnEchec(PDFAFlavour.PDFA_3_A, scelle.scelle())).isEmpty();
    }

    @Test
    void le_pdf_scelle_reste_pdf_ua_1() throws Exception {
        assertThat(OutilsDeTest.reglesEnEchec(PDFAFlavour.PDFUA_1, scelle.scelle())).isEmpty();
    }

    @Test
    void la_page_des_signatures_ferme_le_document() throws Exception {
        try (var document = Loader.loadPDF(scelle.scelle())) {
            var extracteur = new PDFTextStripper();
            extracteur.setStartPage(document.getNumberOfPages());
            var texte = extracteur.getText(document).replaceAll("\\s+", " ");
            assertThat(texte).contains("Signatures").contains("Inès Martin-Lefèvre – personne accompagnée")
                    .contains("Paul Durand – conseiller ou conseillère")
                    .contains("Signé le mardi 24 novembre 2026 à 14h05")
                    .contains("Signé avec sa clé d’accès").contains("Preuve n° 42")
                    .contains(CodeQr.empreinteCourte(FormatPreuves.sha256Hex(scelle.original())))
                    .contains("www.francecompetences.fr");
            assertThat(extracteur.getText(document).replaceAll("\\s+", "")).as("le lien de vérification")
                    .contains("https://portail.test/verifier/" + FormatPreuves.sha256Hex(scelle.original()));
            assertThat(extracteur.getText(document)).as("l’adresse du médiateur ne se coupe pas après « www. »")
                    .doesNotContain("www.\n").doesNotContain("www.\r");
        }
    }

    @Test
    void l_original_et_les_preuves_sont_joints_selon_pdf_a_3() throws Exception {
        try (var document = Loader.loadPDF(scelle.scelle())) {
            var catalogue = document.getDocumentCatalog();
            assertThat(catalogue.getCOSObject().getCOSArray(COSName.AF)).hasSize(2);
            var fichiers = catalogue.getNames().getEmbeddedFiles().getNames();
            var original = fichiers.get("etat-des-lieux-v2-original.pdf");
            assertThat(original).as("pièces jointes : " + fichiers.keySet()).isNotNull();
            assertThat(original.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")).getName())
                    .isEqualTo("Source");
            assertThat(original.getEmbeddedFile().toByteArray()).isEqualTo(scelle.original());
            assertThat(original.getEmbeddedFile().getSubtype()).isEqualTo("application/pdf");
            assertThat(original.getEmbeddedFile().getModDate()).isNotNull();
            var preuves = fichiers.get("preuves.json");
            assertThat(preuves.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")).getName())
                    .isEqualTo("Data");
            assertThat(preuves.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(preuves.getEmbeddedFile().toByteArray()).isEqualTo(scelle.preuves());
        }
    }

    @Test
    void le_cachet_est_pades_b_b() throws Exception {
        try (var document = Loader.loadPDF(scelle.scelle())) {
            var signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(OutilsDeTest.HORLOGE.instant());
            var plage = signature.getByteRange();
            assertThat(plage[2] + plage[3]).isEqualTo(scelle.scelle().length);
        }
        var rapport = new Verification(List.of(OutilsDeTest.CACHET.certificat())).verifier(scelle.scelle());
        assertThat(rapport.constats()).extracting(RapportVerification.Constat::texte)
                .doesNotContain("Le cachet porte une heure dans sa signature (attribut signing-time), ce que PAdES "
                        + "déconseille.")
                .contains("La signature du cachet est valide. Certificat du cachet : « "
                        + CleDeCachet.NOM_DEMONSTRATION + " ».");
    }

    @Test
    void pdfsig_dit_le_cachet_valide_et_couvrant_tout_le_fichier() throws Exception {
        var enCi = System.getenv("CI") != null;
        if (!OutilsDeTest.pdfsigPresent()) {
            assertThat(enCi).as("pdfsig doit être installé en CI (.ci/run l’installe)").isFalse();
            System.out.println("pdfsig (poppler-utils) absent sur cette machine : contrôle indépendant sauté.");
            assumeTrue(false, "pdfsig absent");
        }
        var sortie = OutilsDeTest.pdfsig(OutilsDeTest.SORTIE.resolve("etat-des-lieux-scelle.pdf").toAbsolutePath());
        assertThat(sortie).contains("Signature Validation: Signature is Valid.")
                .contains("Total document signed").contains("ETSI.CAdES.detached");
    }

    @Test
    void avec_une_autorite_d_horodatage_le_cachet_porte_un_jeton_rfc_3161() throws Exception {
        var serveur = autoriteHorodatage();
        try {
            var url = "http://127.0.0.1:" + serveur.getAddress().getPort() + "/tsa";
            var horodate = OutilsDeTest.sceller(OutilsDeTest.scellement(OutilsDeTest.CACHET, url));
            OutilsDeTest.garder("etat-des-lieux-scelle-horodate.pdf", horodate.scelle());
            var rapport = new Verification(List.of(OutilsDeTest.CACHET.certificat())).verifier(horodate.scelle());
            System.out.println(rapport.texte());
            assertThat(rapport.intact()).isTrue();
            assertThat(rapport.constats()).extracting(RapportVerification.Constat::texte)
                    .anyMatch(t -> t.startsWith("Horodatage indépendant (RFC 3161) valide"));
            assertThat(OutilsDeTest.reglesEnEchec(PDFAFlavour.PDFA_3_A, horodate.scelle())).isEmpty();
        } finally {
            serveur.stop(0);
        }
    }

    /** A small RFC 3161 authority: BouncyCastle's TimeStampResponseGenerator behind the JDK's HttpServer. */
    private static HttpServer autoriteHorodatage() throws Exception {
        var generateur = KeyPairGenerator.getInstance("EC");
        generateur.initialize(256);
        var paire = generateur.generateKeyPair();
        var nom = new X500Name("CN=Autorité d’horodatage de test, O=Portail CEP, C=FR");
        var debut = Date.from(OutilsDeTest.HORLOGE.instant().minusSeconds(86_400));
        var certificat = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(nom,
                BigInteger.TWO, debut, Date.from(OutilsDeTest.HORLOGE.instant().plusSeconds(86_400L * 365)), nom,
                paire.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                        .build(paire.getPrivate())));
        var jetons = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withECDSA", paire.getPrivate(), certificat),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        jetons.addCertificates(new JcaCertStore(List.of(certificat)));
        var reponses = new TimeStampResponseGenerator(jetons, TSPAlgorithms.ALLOWED);
        var serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serveur.createContext("/tsa", echange -> {
            try (echange) {
                var requete = new TimeStampRequest(new ByteArrayInputStream(echange.getRequestBody().readAllBytes()));
                var reponse = reponses.generate(requete, BigInteger.valueOf(System.nanoTime()),
                        Date.from(OutilsDeTest.HORLOGE.instant())).getEncoded();
                echange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                echange.sendResponseHeaders(200, reponse.length);
                echange.getResponseBody().write(reponse);
            } catch (Exception e) {
                echange.sendResponseHeaders(500, -1);
            }
        });
        serveur.start();
        return serveur;
    }
}
