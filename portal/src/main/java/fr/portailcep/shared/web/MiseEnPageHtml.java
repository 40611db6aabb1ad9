package fr.portailcep.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts {@link MiseEnPage} in the model of every page Spring MVC renders (the {@link PageHtml} controllers and the
 * error page): the same navigation entries ({@link EntreeMenu} beans of the features) and the same texts as the
 * Vaadin layout {@code PortailLayout}.
 */
@Configuration(proxyBeanMethods = false)
class MiseEnPageHtml implements HandlerInterceptor, WebMvcConfigurer {

    private final List<EntreeMenu> entrees;
    private final AuthenticationContext authentification;
    private final MessageSource textes;
    private final PrechargementVaadin prechargement;

    MiseEnPageHtml(List<EntreeMenu> entrees, AuthenticationContext authentification, MessageSource textes,
            PrechargementVaadin prechargement) {
        this.entrees = entrees;
        this.authentification = authentification;
        this.textes = textes;
        this.prechargement = prechargement;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registre) {
        registre.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest requete, HttpServletResponse reponse, Object gestionnaire,
            ModelAndView vue) {
        if (vue != null && vue.getViewName() != null && !vue.getViewName().startsWith("redirect:")
                && !vue.getViewName().startsWith("forward:") && !vue.getModel().containsKey("mise")) {
            vue.addObject("mise", mise(requete));
        }
    }

    MiseEnPage mise(HttpServletRequest requete) {
        var pour = Public.de(authentification);
        var chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        var liens = entrees.stream().filter(e -> e.visiblePour(pour))
                .sorted(Comparator.comparingInt(EntreeMenu::ordre))
                .map(e -> {
                    var adresse = "/" + e.chemin();
                    var actif = chemin.equals(adresse) || (!e.chemin().isEmpty() && chemin.startsWith(adresse + "/"));
                    return new MiseEnPage.Lien(textes.getMessage(e.cleLibelle(), null, Locale.FRANCE), adresse,
                            e.icone().name().toLowerCase(Locale.ROOT).replace('_', '-'), actif, e.valeurCompteur());
                })
                .toList();
        var accueil = "/" + (pour == Public.BENEFICIAIRE ? AccueilRoutes.BENEFICIAIRE : AccueilRoutes.PUBLIC);
        return new MiseEnPage(pour, accueil, liens, prechargement.fichiers());
    }
}
