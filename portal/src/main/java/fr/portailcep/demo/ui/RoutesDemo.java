package fr.portailcep.demo.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;

import fr.portailcep.demo.BoiteCourrielDemo;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Public;

/** Demo only: the mailbox page and its menu entry exist only when the demo profile is active. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class RoutesDemo {

    @Bean
    VaadinServiceInitListener routeBoiteDemo(org.springframework.beans.factory.ObjectProvider<BoiteCourrielDemo> boite) {
        return evenement -> {
            if (boite.getIfAvailable() != null) {
                RouteConfiguration.forApplicationScope().setRoute(BoiteCourrielsView.CHEMIN, BoiteCourrielsView.class,
                        PortailLayout.class);
            }
        };
    }

    @Bean
    EntreeMenu menuBoiteDemo() {
        return new EntreeMenu("menu.demo.boite", BoiteCourrielsView.CHEMIN, VaadinIcon.ENVELOPE_O, 99,
                Set.of(Public.ANONYME, Public.CONSEILLER, Public.MANAGER, Public.MEDIATEUR));
    }
}
