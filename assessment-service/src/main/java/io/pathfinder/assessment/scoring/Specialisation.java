package io.pathfinder.assessment.scoring;

/** An area of data science one can go deep in. */
public enum Specialisation implements Vocabulary {
    COMPUTER_VISION, NLP_LLM, RECOMMENDATION, TIME_SERIES, EXPERIMENTATION_CAUSAL_INFERENCE
}
