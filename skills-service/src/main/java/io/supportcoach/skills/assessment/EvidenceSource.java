package io.supportcoach.skills.assessment;

/** Who or what observed the level: the person, their manager, a coach, a peer, or another service. */
public enum EvidenceSource {
    SELF,
    MANAGER,
    COACH,
    PEER,
    COACHING_SESSION,
    PLACEMENT
}
