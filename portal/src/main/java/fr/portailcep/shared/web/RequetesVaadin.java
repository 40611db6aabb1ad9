package fr.portailcep.shared.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Vaadin's own requests ({@code ?v-r=uidl}, {@code heartbeat}, {@code upload}…) go to Vaadin's servlet whatever
 * their path. Vaadin's client posts them to the address of its page's base, the root {@code /?v-r=uidl} for most
 * views: since the public home became a Spring MVC page ({@code @GetMapping("/")}), Spring answered those posts
 * with 405 and no Vaadin page reacted any more. Looked at before the controllers (order below
 * {@code RequestMappingHandlerMapping}'s 0).
 */
@Configuration(proxyBeanMethods = false)
class RequetesVaadin extends AbstractHandlerMapping {

    private final Controller vaadin;

    RequetesVaadin(@Qualifier("vaadinForwardingController") Controller vaadin) {
        this.vaadin = vaadin;
        setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest requete) {
        return deVaadin(requete.getQueryString()) ? vaadin : null;
    }

    static boolean deVaadin(String parametres) {
        return parametres != null && (parametres.startsWith("v-r=") || parametres.contains("&v-r="));
    }
}
