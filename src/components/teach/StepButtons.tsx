import { useAppActions } from '../../store/appStore';

/** Previous and Next in the walk-through, for those without a clicker: the step bar's and the presenter's. */
export function StepButtons({ step, count }: { step: number | null; count: number }) {
  const { previousStep, nextStep } = useAppActions();
  return (
    <>
      <button type="button" className="button" onClick={previousStep} disabled={step === null || step === 0}>
        <span aria-hidden="true">← </span>Previous
      </button>
      <button type="button" className="button" onClick={nextStep} disabled={step !== null && step >= count - 1}>
        Next<span aria-hidden="true"> →</span>
      </button>
    </>
  );
}
