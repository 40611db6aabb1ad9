package fr.portailcep.accueil.ui;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

@Configuration(proxyBeanMethods = false)
class MenuAccueil {

    @Bean
    EntreeMenu menuAccueilPublic() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.PUBLIC, VaadinIcon.HOME, 0, Set.of(Public.ANONYME));
    }

    @Bean
    EntreeMenu menuAccueilBeneficiaire() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.BENEFICIAIRE, VaadinIcon.HOME, 0,
                Set.of(Public.BENEFICIAIRE));
    }

    @Bean
    EntreeMenu menuAccueilConseiller() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.CONSEILLER, VaadinIcon.HOME, 0, Set.of(Public.CONSEILLER));
    }

    @Bean
    EntreeMenu menuAccueilManager() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.MANAGER, VaadinIcon.HOME, 0, Set.of(Public.MANAGER));
    }

    @Bean
    EntreeMenu menuAccueilMediateur() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.MEDIATEUR, VaadinIcon.HOME, 0, Set.of(Public.MEDIATEUR));
    }
}
