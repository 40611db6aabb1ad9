package fr.portailcep.shared;

import java.util.List;
import java.util.Optional;

/**
 * A rule of the service refused an act (a status change not allowed now, a slot already taken, a last passkey that
 * cannot go…): the key of the French text that says why, with its arguments, and optionally the field of the form
 * the refusal is about. The form layer ({@code shared.ui.Formulaire}) shows it beside that field, or above the
 * form's buttons when it names none. A refusal of typed values field by field is a {@link SaisieRefusee}.
 *
 * <p>
 * Each feature's refusals extend this class, so that every view shows every refusal the same way.
 */
public class ActeRefuse extends RuntimeException {

    private final String cle;
    private final List<Object> arguments;
    private final String champ;

    public ActeRefuse(String cle, Object... arguments) {
        this(Saisies.Refus.de(cle, arguments), null);
    }

    /** A refusal about one field of the form (its name in the command). */
    public static ActeRefuse surLeChamp(String champ, String cle, Object... arguments) {
        return new ActeRefuse(Saisies.Refus.de(cle, arguments), champ);
    }

    /**
     * A refusal about one field (or none, when {@code champ} is null). The reason comes first and is typed, so
     * that a subclass cannot take a text argument for a field name by mistake.
     */
    protected ActeRefuse(Saisies.Refus raison, String champ) {
        super(raison.cle());
        if (raison.cle() == null || raison.cle().isBlank()) {
            throw new IllegalArgumentException("Un refus dit pourquoi (clé du texte)");
        }
        this.cle = raison.cle();
        this.arguments = raison.arguments();
        this.champ = champ;
    }

    /** The key of the French text in the bundles. */
    public String cle() {
        return cle;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public Object[] argumentsEnTableau() {
        return arguments.toArray();
    }

    /** The field of the form the refusal is about, if any. */
    public Optional<String> champ() {
        return Optional.ofNullable(champ);
    }

    /** The same refusal as a {@link Saisies.Refus}, to be shown like a refused field. */
    public Saisies.Refus refus() {
        return new Saisies.Refus(cle, arguments);
    }
}
