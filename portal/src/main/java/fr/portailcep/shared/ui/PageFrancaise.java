package fr.portailcep.shared.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every page is in French, said in {@code <html lang="fr">} so that screen readers speak French and browsers do
 * not offer to translate.
 */
@Component
class PageFrancaise implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent evenement) {
        evenement.addIndexHtmlRequestListener(reponse ->
                reponse.getDocument().getElementsByTag("html").attr("lang", "fr"));
        evenement.getSource().addUIInitListener(ui -> ui.getUI().setLocale(Locale.FRANCE));
    }
}
