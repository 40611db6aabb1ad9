package fr.portailcep.parcours;

import java.util.Arrays;
import java.util.List;

/**
 * A text to show, as a key of the message bundles and its arguments, translated only by the view (in the language of
 * the person reading). An argument may be a plain value (a name, a number), a date (formatted by the view) or another
 * {@code Libelle} (translated first, e.g. the name of a unit of work inside a sentence).
 */
public record Libelle(String cle, List<Object> arguments) {

    public Libelle {
        arguments = List.copyOf(arguments);
    }

    public static Libelle de(String cle, Object... arguments) {
        return new Libelle(cle, Arrays.asList(arguments));
    }
}
