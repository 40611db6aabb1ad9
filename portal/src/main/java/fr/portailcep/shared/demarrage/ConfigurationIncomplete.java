package fr.portailcep.shared.demarrage;

import java.util.List;

/** The portal cannot start with this configuration: every problem, one line each (see {@link ConfigurationVerifiee}). */
public class ConfigurationIncomplete extends RuntimeException {

    private final List<String> problemes;

    ConfigurationIncomplete(List<String> problemes) {
        super("Le portail ne démarre pas, sa configuration est incomplète :\n  - " + String.join("\n  - ", problemes));
        this.problemes = List.copyOf(problemes);
    }

    public List<String> problemes() {
        return problemes;
    }
}
