package fr.portailcep.compte;

/** Who a person is for the portal. Each role has its own home and its own views. */
public enum Role {
    /** A working person who asks for counselling. */
    BENEFICIAIRE,
    /** Conseiller en évolution professionnelle (référent unique from UO2.1 on). */
    CONSEILLER,
    /** Manager of the operator, who is also its correspondant médiation (CCTP §3.7). */
    MANAGER,
    /** Médiateur de France compétences: independent, outside the operator. */
    MEDIATEUR;

    /** Staff sign in with a passkey; only a bénéficiaire may keep signing in with an emailed code. */
    public boolean estProfessionnel() {
        return this != BENEFICIAIRE;
    }

    public String autorite() {
        return "ROLE_" + name();
    }
}
