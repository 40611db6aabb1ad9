package fr.portailcep.shared.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** Vaadin's {@code getTranslation} reads the same bundles as the courriels ({@code i18n/*.properties}). */
@Component
class TextesVaadin implements I18NProvider {

    private final MessageSource messages;

    TextesVaadin(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.FRANCE);
    }

    @Override
    public String getTranslation(String cle, Locale langue, Object... parametres) {
        try {
            return messages.getMessage(cle, parametres, Locale.FRANCE);
        } catch (NoSuchMessageException e) {
            // Visible in the page and caught by the test that reads every key used.
            return "!" + cle + "!";
        }
    }
}
