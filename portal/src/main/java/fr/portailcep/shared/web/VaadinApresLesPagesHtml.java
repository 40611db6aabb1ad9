package fr.portailcep.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Vaadin's client sends its own requests (UIDL, heartbeat) to its service address, the root {@code /?v-r=…}, by
 * {@code POST}. Since the public home {@code GET /} is an HTML page (DD020), Spring MVC found that path and
 * answered "405 method not supported" instead of letting the next handler mapping (Vaadin's) have the request: no
 * Vaadin page worked any more. A request that carries Vaadin's {@code v-r} parameter and matches no page method
 * now goes on to Vaadin; any other mismatch still gets Spring's answer (405, 415…).
 */
@Configuration(proxyBeanMethods = false)
class VaadinApresLesPagesHtml implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected HandlerMethod handleNoMatch(Set<RequestMappingInfo> infos, String chemin,
                    HttpServletRequest requete) throws jakarta.servlet.ServletException {
                var requeteVaadin = requete.getQueryString() != null
                        && ("&" + requete.getQueryString()).contains("&v-r=");
                return requeteVaadin ? null : super.handleNoMatch(infos, chemin, requete);
            }
        };
    }
}
