package fr.portailcep.aiguillage.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** The way in: "Rendez-vous" in the bottom navigation of visitors, and the first card of the public home. */
@Configuration(proxyBeanMethods = false)
class MenuAiguillage {

    @Bean
    EntreeMenu menuRendezVousPublic() {
        return new EntreeMenu("menu.rendezvous", AiguillageView.CHEMIN, VaadinIcon.CALENDAR_CLOCK, 10,
                Set.of(Public.ANONYME));
    }

    @Bean
    CarteAccueil carteDemanderRendezVous() {
        return CarteAccueil.de(Set.of(Public.ANONYME), 10, () -> {
            var texte = new Paragraph();
            texte.setText(texte.getTranslation("aiguillage.carte.texte"));
            var bouton = new Anchor("/" + AiguillageView.CHEMIN, texte.getTranslation("aiguillage.carte.bouton"));
            bouton.setId("demander-rendez-vous");
            bouton.addClassNames("pc-bouton-lien", "pc-bouton-principal", "pc-bouton-large");
            var carte = new Carte(texte.getTranslation("aiguillage.carte.titre"), texte, new Paragraph(bouton));
            carte.addClassName("pc-carte-principale");
            return carte;
        });
    }
}
