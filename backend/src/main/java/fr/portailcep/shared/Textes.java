package fr.portailcep.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Reads a text of the bundles in French. Used by services that write to people (courriels, documents). */
@Component
public class Textes {

    public static final Locale FRANCAIS = TextesConfiguration.FRANCAIS;

    private final MessageSource messages;

    public Textes(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String cle, Object... parametres) {
        return messages.getMessage(cle, parametres, FRANCAIS);
    }
}
