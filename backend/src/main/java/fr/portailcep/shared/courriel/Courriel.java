package fr.portailcep.shared.courriel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message to one person, written in blocks so that every courriel of the portal has the same look, a text
 * version, and the mention of the médiateur de France compétences (CCTP §3.7: "sur l’ensemble des documents et
 * courriers adressés aux usagers"). The courriel is the model of the templates {@code templates/courriels/courriel.html}
 * and {@code .txt}, inside the one layout that adds the mention ({@link MiseEnPage}, DD012), never the caller.
 */
public final class Courriel {

    /** A part of the message; {@link #sorte()} names the fragment of the template that renders it. */
    public sealed interface Bloc {
        String sorte();
    }

    public record Paragraphe(String texte) implements Bloc {
        @Override
        public String sorte() {
            return "paragraphe";
        }
    }

    public record Bouton(String libelle, String url) implements Bloc {
        @Override
        public String sorte() {
            return "bouton";
        }
    }

    /** A short code to type, shown large and spaced. */
    public record Code(String code) implements Bloc {
        @Override
        public String sorte() {
            return "code";
        }
    }

    public record PieceJointe(String nom, String typeMime, byte[] contenu) {
    }

    private final String destinataire;
    private String sujet;
    private String salutation;
    private final List<Bloc> blocs = new ArrayList<>();
    private final List<PieceJointe> piecesJointes = new ArrayList<>();
    private String cleIdempotence;

    private Courriel(String destinataire) {
        this.destinataire = Objects.requireNonNull(destinataire);
    }

    public static Courriel a(String destinataire) {
        return new Courriel(destinataire);
    }

    public Courriel sujet(String sujet) {
        this.sujet = sujet;
        return this;
    }

    public Courriel salutation(String salutation) {
        this.salutation = salutation;
        return this;
    }

    public Courriel paragraphe(String texte) {
        blocs.add(new Paragraphe(texte));
        return this;
    }

    public Courriel bouton(String libelle, String url) {
        blocs.add(new Bouton(libelle, url));
        return this;
    }

    public Courriel code(String code) {
        blocs.add(new Code(code));
        return this;
    }

    public Courriel pieceJointe(String nom, String typeMime, byte[] contenu) {
        piecesJointes.add(new PieceJointe(nom, typeMime, contenu));
        return this;
    }

    /**
     * A key that names this message once and for all (e.g. {@code rappel-J2:<rendez-vous>}): a second deposit
     * with the same key is ignored, so a job that runs twice never sends twice.
     */
    public Courriel cleIdempotence(String cle) {
        this.cleIdempotence = cle;
        return this;
    }

    public String destinataire() {
        return destinataire;
    }

    public String sujet() {
        return sujet;
    }

    public String salutation() {
        return salutation;
    }

    public List<Bloc> blocs() {
        return List.copyOf(blocs);
    }

    public List<PieceJointe> piecesJointes() {
        return List.copyOf(piecesJointes);
    }

    public String cleIdempotence() {
        return cleIdempotence;
    }
}
