package fr.portailcep.compte.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

@Configuration(proxyBeanMethods = false)
class MenuJournal {

    @Bean
    EntreeMenu entreeJournal() {
        return new EntreeMenu("audit.menu", JournalView.ROUTE, VaadinIcon.EYE, 88, Set.of(Public.MANAGER));
    }
}
