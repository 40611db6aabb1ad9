package fr.portailcep.test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The public methods of the portal's services, read from the code: the tests that must know every one of them (the
 * authorisation matrix, the corpus of bad values) fail when a new one appears that they do not know.
 */
public final class MethodesPubliques {

    private MethodesPubliques() {
    }

    /**
     * Every public instance method declared by a {@code @Service} class of {@code fr.portailcep}, those of the demo
     * profile included (the tests run with it).
     */
    public static List<Method> desServices() {
        var environnement = new StandardEnvironment();
        environnement.setActiveProfiles("demo");
        var scanner = new ClassPathScanningCandidateComponentProvider(false, environnement);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        var methodes = new ArrayList<Method>();
        for (var candidat : scanner.findCandidateComponents("fr.portailcep")) {
            var classe = ClassUtils.resolveClassName(candidat.getBeanClassName(), MethodesPubliques.class.getClassLoader());
            for (var methode : classe.getDeclaredMethods()) {
                if (Modifier.isPublic(methode.getModifiers()) && !Modifier.isStatic(methode.getModifiers())
                        && !methode.isSynthetic() && !methode.isBridge()) {
                    methodes.add(methode);
                }
            }
        }
        return methodes;
    }

    /** "Classe.methode(Type, Type)". */
    public static String signature(Method methode) {
        return methode.getDeclaringClass().getSimpleName() + "." + methode.getName() + "("
                + Arrays.stream(methode.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }
}
