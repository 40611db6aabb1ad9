package fr.portailcep.aiguillage.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.aiguillage.web.AiguillagePage;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** The way in: "Rendez-vous" in the bottom navigation of visitors (the questions, {@link AiguillagePage}). */
@Configuration(proxyBeanMethods = false)
class MenuAiguillage {

    @Bean
    EntreeMenu menuRendezVousPublic() {
        return new EntreeMenu("menu.rendezvous", AiguillagePage.CHEMIN, VaadinIcon.CALENDAR_CLOCK, 10,
                Set.of(Public.ANONYME));
    }
}
