package dev.selfcheck.analysis.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/*
 * A condition compiled into propositional form over variables with finite domains. An atom holds
 * for a set of cells of one variable (a BitSet over the variable's cells). The factories fold
 * constants, so an atom that holds for no cell is FALSE, one that holds for every cell is TRUE, and
 * an `all` with a FALSE part is FALSE: a condition that can never hold because of one part alone
 * becomes a constant without any search.
 */
/** A compiled condition: constants, atoms over one variable, and, or, not, and counting. */
sealed interface Formula permits Formula.Const, Formula.Atom, Formula.Compound, Formula.Neg {

  Formula TRUE = new Const(true);
  Formula FALSE = new Const(false);

  /**
   * Evaluates this formula under a partial assignment.
   *
   * @param assignment the cell of every variable, by index; -1 where unassigned
   * @return TRUE or FALSE if every completion of the assignment agrees, else UNKNOWN
   */
  Tri eval(int[] assignment);

  /** Adds the variables of this formula to {@code into}, in order of appearance. */
  void variables(Collection<Variable> into);

  /**
   * Picks an unassigned variable that matters: one inside a part whose value is still unknown.
   *
   * @param assignment the partial assignment, under which this formula is UNKNOWN
   * @return the variable, or null if there is none
   */
  default Variable pick(int[] assignment) {
    return null;
  }

  /** A constant. */
  record Const(boolean value) implements Formula {
    @Override
    public Tri eval(int[] assignment) {
      return Tri.of(value);
    }

    @Override
    public void variables(Collection<Variable> into) {}
  }

  /** Holds when the variable's cell is one of {@code holds}. */
  record Atom(Variable variable, BitSet holds) implements Formula {
    @Override
    public Tri eval(int[] assignment) {
      int cell = assignment[variable.index()];
      return cell < 0 ? Tri.UNKNOWN : Tri.of(holds.get(cell));
    }

    @Override
    public void variables(Collection<Variable> into) {
      into.add(variable);
    }

    @Override
    public Variable pick(int[] assignment) {
      return assignment[variable.index()] < 0 ? variable : null;
    }
  }

  /** A formula made of parts: its variables and its open variables are those of its parts. */
  sealed interface Compound extends Formula permits And, Or, Count {
    List<Formula> parts();

    @Override
    default void variables(Collection<Variable> into) {
      parts().forEach(p -> p.variables(into));
    }

    @Override
    default Variable pick(int[] assignment) {
      for (Formula f : parts()) {
        if (f.eval(assignment) == Tri.UNKNOWN) {
          return f.pick(assignment);
        }
      }
      return null;
    }

    /**
     * Evaluates the parts as a conjunction or a disjunction.
     *
     * @param decisive the value that decides the whole as soon as one part has it
     */
    default Tri fold(int[] assignment, Tri decisive) {
      Tri result = decisive.not();
      for (Formula f : parts()) {
        Tri t = f.eval(assignment);
        if (t == decisive) {
          return decisive;
        }
        if (t == Tri.UNKNOWN) {
          result = Tri.UNKNOWN;
        }
      }
      return result;
    }
  }

  /** Holds when every part holds. */
  record And(List<Formula> parts) implements Compound {
    @Override
    public Tri eval(int[] assignment) {
      return fold(assignment, Tri.FALSE);
    }
  }

  /** Holds when some part holds. */
  record Or(List<Formula> parts) implements Compound {
    @Override
    public Tri eval(int[] assignment) {
      return fold(assignment, Tri.TRUE);
    }
  }

  /** Holds when the part does not. */
  record Neg(Formula part) implements Formula {
    @Override
    public Tri eval(int[] assignment) {
      return part.eval(assignment).not();
    }

    @Override
    public void variables(Collection<Variable> into) {
      part.variables(into);
    }

    @Override
    public Variable pick(int[] assignment) {
      return part.pick(assignment);
    }
  }

  /** Holds when the number of parts that hold lies between {@code least} and {@code most}. */
  record Count(List<Formula> parts, int least, int most) implements Compound {
    @Override
    public Tri eval(int[] assignment) {
      int sure = 0;
      int open = 0;
      for (Formula f : parts) {
        Tri t = f.eval(assignment);
        if (t == Tri.TRUE) {
          sure++;
        } else if (t == Tri.UNKNOWN) {
          open++;
        }
      }
      if (sure > most || sure + open < least) {
        return Tri.FALSE;
      }
      return sure >= least && sure + open <= most ? Tri.TRUE : Tri.UNKNOWN;
    }
  }

  static Formula atom(Variable variable, BitSet holds) {
    if (holds.isEmpty()) {
      return FALSE;
    }
    if (holds.cardinality() == variable.size()) {
      return TRUE;
    }
    return new Atom(variable, (BitSet) holds.clone());
  }

  static Formula and(List<Formula> parts) {
    return junction(parts, FALSE, TRUE, And.class, And::new);
  }

  static Formula or(List<Formula> parts) {
    return junction(parts, TRUE, FALSE, Or.class, Or::new);
  }

  /** Builds an and (or an or): flattened, without neutral parts, absorbed by an absorbing one. */
  private static Formula junction(List<Formula> parts, Formula absorbing, Formula neutral,
      Class<? extends Compound> kind, Function<List<Formula>, Formula> make) {
    List<Formula> kept = new ArrayList<>();
    for (Formula f : parts) {
      if (f.equals(absorbing)) {
        return absorbing;
      }
      if (kind.isInstance(f)) {
        kept.addAll(((Compound) f).parts());
      } else if (!f.equals(neutral)) {
        kept.add(f);
      }
    }
    return kept.isEmpty() ? neutral : kept.size() == 1 ? kept.get(0) : make.apply(List.copyOf(kept));
  }

  static Formula and(Formula a, Formula b) {
    return and(List.of(a, b));
  }

  static Formula or(Formula a, Formula b) {
    return or(List.of(a, b));
  }

  static Formula not(Formula f) {
    if (f instanceof Const c) {
      return c.value() ? FALSE : TRUE;
    }
    if (f instanceof Neg n) {
      return n.part();
    }
    return new Neg(f);
  }

  static Formula count(List<Formula> parts, int least, int most) {
    int sure = 0;
    List<Formula> open = new ArrayList<>();
    for (Formula f : parts) {
      if (f.equals(TRUE)) {
        sure++;
      } else if (!f.equals(FALSE)) {
        open.add(f);
      }
    }
    int lo = least - sure;
    int hi = most == Integer.MAX_VALUE ? Integer.MAX_VALUE : most - sure;
    if (hi < 0 || lo > open.size() || lo > hi) {
      return FALSE;
    }
    if (lo <= 0 && hi >= open.size()) {
      return TRUE;
    }
    return new Count(List.copyOf(open), Math.max(lo, 0), Math.min(hi, open.size()));
  }
}
