package fr.portailcep.rendezvous;

/** How a rendez-vous takes place (CCTP §3.3: on the premises, or at a distance if the person asks or accepts). */
public enum Modalite {
    SUR_SITE, TELEPHONE, VISIO;

    public boolean aDistance() {
        return this != SUR_SITE;
    }
}
