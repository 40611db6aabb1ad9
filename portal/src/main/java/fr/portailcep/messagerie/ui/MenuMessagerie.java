package fr.portailcep.messagerie.ui;

import java.time.Clock;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** The messages in the navigation (with the unread count) and on the homes. */
@Configuration(proxyBeanMethods = false)
class MenuMessagerie {

    @Bean
    EntreeMenu menuMessages(MessagerieService messagerie) {
        return new EntreeMenu("menu.messages", "messages", VaadinIcon.ENVELOPE, 30, Set.of(Public.BENEFICIAIRE),
                messagerie::nonLus);
    }

    @Bean
    EntreeMenu menuMessagesEquipe(MessagerieService messagerie) {
        return new EntreeMenu("menu.messages", "conseiller/messages", VaadinIcon.ENVELOPE, 30,
                Set.of(Public.CONSEILLER), () -> messagerie.boite().stream()
                        .filter(r -> r.fil().attenteDepuis().isPresent()).count());
    }

    @Bean
    CarteAccueil carteMessages(MessagerieService messagerie) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 30, () -> {
            var nonLus = messagerie.nonLus();
            var texte = new Paragraph();
            texte.setText(texte.getTranslation(nonLus > 0 ? "accueil.messages.nonlus" : "accueil.messages.aucun",
                    nonLus));
            var lien = new Anchor("/messages", texte.getTranslation("accueil.messages.lien"));
            lien.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
            var carte = new Carte(texte.getTranslation("accueil.messages.titre"), texte, lien);
            carte.setId("carte-messages");
            return carte;
        });
    }

    @Bean
    CarteAccueil carteMessagesEquipe(MessagerieService messagerie, Clock horloge) {
        return CarteAccueil.de(Set.of(Public.CONSEILLER), 20, () -> {
            var enAttente = messagerie.boite().stream().filter(r -> r.fil().attenteDepuis().isPresent()).toList();
            var texte = new Paragraph();
            texte.setText(enAttente.isEmpty() ? texte.getTranslation("accueil.messages.equipe.aucun")
                    : texte.getTranslation("accueil.messages.equipe.attente", enAttente.size(),
                            Dates.attente(texte, enAttente.getFirst().fil().attenteDepuis().orElseThrow(), horloge)));
            var lien = new Anchor("/conseiller/messages", texte.getTranslation("accueil.messages.equipe.lien"));
            lien.addClassName("pc-lien");
            var carte = new Carte(texte.getTranslation("accueil.messages.equipe.titre"), texte, lien);
            carte.setId("carte-messages-equipe");
            return carte;
        });
    }
}
