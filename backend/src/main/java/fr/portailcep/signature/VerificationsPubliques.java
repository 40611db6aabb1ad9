package fr.portailcep.signature;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.shared.limites.ActionLimitee;
import fr.portailcep.shared.limites.Limiteur;

/**
 * The public verification page's service (issue 10), open to anyone, signed in or not: the check of an uploaded
 * file ({@link Verification}, the operator's seal certificate recognised), limited per network address, and
 * whether the portal sealed a document with a given hash, and when (nothing else: no personal data).
 */
@Service
public class VerificationsPubliques {

    /** The largest file the page accepts: a sealed livrable weighs a few hundred kilobytes. */
    public static final int TAILLE_MAX = 10 * 1024 * 1024;

    private static final Pattern EMPREINTE = Pattern.compile("[0-9a-f]{64}");

    private final Verification verification;

    private final Limiteur limiteur;

    private final RegistreScellements registre;

    public VerificationsPubliques(ScellementPades scellement, Limiteur limiteur, RegistreScellements registre) {
        this.verification = new Verification(List.of(scellement.certificat()));
        this.limiteur = limiteur;
        this.registre = registre;
    }

    /** The outcome of an upload: the report, or too many checks lately from this network. */
    public sealed interface Resultat {
    }

    public record Verifie(RapportVerification rapport) implements Resultat {
    }

    public record TropDeVerifications(Instant reessayerApres) implements Resultat {
    }

    /** Checks an uploaded file; anyone may. */
    public Resultat verifier(byte[] pdf, OrigineRequete origine) {
        var limite = limiteur.consommer(ActionLimitee.VERIFICATION, null, origine.adresseReseau());
        if (limite.isPresent()) {
            return new TropDeVerifications(limite.get());
        }
        return new Verifie(verification.verifier(pdf));
    }

    /** When the portal sealed a document with this SHA-256 (lower-case hex), if it did; anyone may ask. */
    public Optional<Instant> scelleLe(String empreinte) {
        if (empreinte == null || !EMPREINTE.matcher(empreinte).matches()) {
            return Optional.empty();
        }
        return registre.scelleLe(empreinte);
    }
}
