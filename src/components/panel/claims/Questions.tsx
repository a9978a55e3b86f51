/** Discussion questions for a class, under their own heading. */
export function Questions({ id, questions }: { id: string; questions: readonly string[] }) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>For discussion</h3>
      <ol className="questions">
        {questions.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ol>
    </section>
  );
}
