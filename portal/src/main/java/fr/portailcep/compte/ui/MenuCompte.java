package fr.portailcep.compte.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

@Configuration(proxyBeanMethods = false)
class MenuCompte {

    @Bean
    EntreeMenu menuCompteBeneficiaire() {
        return new EntreeMenu("menu.compte", AccueilRoutes.COMPTE, VaadinIcon.USER, 90, Set.of(Public.BENEFICIAIRE));
    }

    @Bean
    EntreeMenu menuCompteProfessionnel() {
        return new EntreeMenu("menu.compte", AccueilRoutes.COMPTE_PRO, VaadinIcon.USER, 90,
                Set.of(Public.CONSEILLER, Public.MANAGER, Public.MEDIATEUR));
    }

    @Bean
    EntreeMenu menuConnexion() {
        return new EntreeMenu("menu.connexion", AccueilRoutes.CONNEXION, VaadinIcon.SIGN_IN, 90, Set.of(Public.ANONYME));
    }
}
