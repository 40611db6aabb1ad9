package fr.portailcep.signature;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import fr.portailcep.livrable.EtatDesLieux;
import fr.portailcep.livrable.EtatDesLieux.Decision;
import fr.portailcep.livrable.EtatDesLieux.Etape;
import fr.portailcep.livrable.RenduLivrable;
import fr.portailcep.shared.TextesDeTest;

/** A livrable rendered, signed by two software passkeys and sealed with a demo key; veraPDF and pdfsig. */
final class OutilsDeTest {

    static final Path SORTIE = Path.of("target", "livrables");

    static final Clock HORLOGE = Clock.fixed(Instant.parse("2026-11-24T14:30:00Z"), ZoneOffset.UTC);

    static final UUID ID = UUID.fromString("0b8f6d2e-4b3a-4c55-9d0e-5e0f3c2a1b77");

    static final EtatDesLieux CONTENU = new EtatDesLieux("CEP-2026-000042", "Inès Martin-Lefèvre", "Paul Durand",
            LocalDate.of(2026, 3, 2),
            List.of("Vous êtes aide-soignante depuis douze ans. Vous voulez un métier plus calme, toujours auprès "
                    + "des personnes."),
            List.of("Le compte personnel de formation et le projet de transition professionnelle ont été présentés."),
            Decision.POURSUIVRE,
            List.of(new Etape("Deuxième entretien pour construire le projet professionnel", LocalDate.of(2026, 3, 23))));

    static final RenduLivrable RENDU = new RenduLivrable(TextesDeTest.gabarits());

    static final CleDeCachet CACHET = CleDeCachet.demonstration(HORLOGE);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private OutilsDeTest() {
    }

    record Scelle(byte[] original, byte[] finalSansPieces, byte[] preuves, byte[] scelle) {
    }

    static PageSignatures page(String empreinte) {
        var lien = "https://portail.test/verifier/" + empreinte;
        return new PageSignatures(List.of(
                new PageSignatures.Ligne("Inès Martin-Lefèvre", RoleSignataire.BENEFICIAIRE,
                        Instant.parse("2026-11-24T13:05:00Z"), MethodeSignature.CLE_ACCES, 42),
                new PageSignatures.Ligne("Paul Durand", RoleSignataire.CONSEILLER,
                        Instant.parse("2026-11-24T14:20:00Z"), MethodeSignature.CLE_ACCES, 43)),
                CodeQr.empreinteCourte(empreinte), lien, CodeQr.png(lien, 240));
    }

    static Scelle sceller(Scellement scellement) {
        var original = RENDU.pdf(CONTENU);
        var empreinte = FormatPreuves.sha256Hex(original);
        var preuves = new PreuvesDeTest(ID, "ETAT_DES_LIEUX", 2, original)
                .cleAcces("Inès Martin-Lefèvre", RoleSignataire.BENEFICIAIRE, Instant.parse("2026-11-24T13:05:00Z"))
                .cleAcces("Paul Durand", RoleSignataire.CONSEILLER, Instant.parse("2026-11-24T14:20:00Z")).json();
        var rendu = RENDU.pdf(CONTENU, page(empreinte));
        return new Scelle(original, rendu, preuves,
                scellement.sceller(rendu, original, "etat-des-lieux-v2-original.pdf", preuves));
    }

    static Scellement scellement() {
        return new Scellement(List.of(), CACHET, "", HORLOGE);
    }

    static void garder(String nom, byte[] pdf) throws Exception {
        Files.createDirectories(SORTIE);
        Files.write(SORTIE.resolve(nom), pdf);
    }

    /** veraPDF's failed rules, empty when compliant. */
    static List<String> reglesEnEchec(PDFAFlavour profil, byte[] fichier) throws Exception {
        try (var analyseur = Foundries.defaultInstance().createParser(new ByteArrayInputStream(fichier), profil);
                var validateur = Foundries.defaultInstance().createValidator(profil, false)) {
            var resultat = validateur.validate(analyseur);
            var echecs = resultat.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " : "
                            + a.getMessage())
                    .distinct().collect(Collectors.toCollection(ArrayList::new));
            if (!resultat.isCompliant() && echecs.isEmpty()) {
                echecs.add("non conforme sans règle nommée");
            }
            echecs.forEach(echec -> System.out.println(profil.getId() + " " + echec));
            return echecs;
        }
    }

    /** True when poppler's pdfsig is on this machine. */
    static boolean pdfsigPresent() {
        try {
            var processus = new ProcessBuilder("pdfsig", "-v").redirectErrorStream(true).start();
            processus.getInputStream().readAllBytes();
            return processus.waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    /** pdfsig's output on a file (it exits nonzero when a signature is not valid). */
    static String pdfsig(Path fichier) throws Exception {
        var processus = new ProcessBuilder("pdfsig", fichier.toString()).redirectErrorStream(true).start();
        var texte = new String(processus.getInputStream().readAllBytes());
        processus.waitFor(60, TimeUnit.SECONDS);
        System.out.println(texte);
        return texte;
    }
}
