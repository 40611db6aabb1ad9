package fr.portailcep.operateur;

import org.springframework.data.jpa.repository.JpaRepository;

interface OperateurRepository extends JpaRepository<Operateur, String> {
}
