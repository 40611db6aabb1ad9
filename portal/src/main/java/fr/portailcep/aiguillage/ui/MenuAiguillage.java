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
}
